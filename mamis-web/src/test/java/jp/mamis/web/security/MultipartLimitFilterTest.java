package jp.mamis.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import jp.mamis.web.security.MultipartLimitFilter.CountingMultipartStream;
import jp.mamis.web.security.MultipartLimitFilter.MultipartLimitExceeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static jp.mamis.web.security.MultipartLimitFilter.MAX_PARTS;
import static jp.mamis.web.security.MultipartLimitFilter.MAX_REQUEST_BYTES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("MultipartLimitFilter bounds multipart requests before anything parses them")
class MultipartLimitFilterTest {

    private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
    private static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    @Nested
    @DisplayName("the counting stream")
    class Counting {

        @Test
        @DisplayName("MAX_PARTS parts pass")
        void maxParts() throws IOException {
            CountingMultipartStream in = counting(body(MAX_PARTS, 10));
            drain(in, 8192);
            assertEquals(MAX_PARTS, in.parts());
        }

        @Test
        @DisplayName("one more part trips it")
        void oneTooMany() {
            CountingMultipartStream in = counting(body(MAX_PARTS + 1, 10));
            assertThrows(MultipartLimitExceeded.class, () -> drain(in, 8192));
        }

        @Test
        @DisplayName("a single part of 1 MB passes")
        void oneMegabyte() throws IOException {
            byte[] body = body(1, 1_000_000);
            CountingMultipartStream in = counting(body);
            drain(in, 8192);
            assertEquals(1, in.parts());
            assertEquals(body.length, in.bytes());
        }

        @Test
        @DisplayName("a delimiter split across reads is still counted, whatever the read size")
        void delimiterAcrossReads() throws IOException {
            byte[] ok = body(MAX_PARTS, 3);
            byte[] tooMany = body(MAX_PARTS + 1, 3);
            int delimiter = ("\r\n--" + BOUNDARY).length();
            for (int chunk = 1; chunk <= delimiter + 3; chunk++) {
                CountingMultipartStream in = counting(new ChunkedStream(ok, chunk));
                drain(in, 8192);
                assertEquals(MAX_PARTS, in.parts(), "reads of " + chunk + " bytes");
                CountingMultipartStream over = counting(new ChunkedStream(tooMany, chunk));
                assertThrows(MultipartLimitExceeded.class, () -> drain(over, 8192), "reads of " + chunk + " bytes");
            }
        }

        @Test
        @DisplayName("single-byte read() counts like bulk reads")
        void singleByteReads() throws IOException {
            CountingMultipartStream in = counting(body(MAX_PARTS, 5));
            while (in.read() >= 0) {
                // reading
            }
            assertEquals(MAX_PARTS, in.parts());
            CountingMultipartStream over = counting(body(MAX_PARTS + 1, 5));
            assertThrows(MultipartLimitExceeded.class, () -> {
                while (over.read() >= 0) {
                    // reading
                }
            });
        }

        @Test
        @DisplayName("a 50,000-part body trips just after the 21st delimiter, not at its end")
        void tripsEarly() {
            byte[] body = body(50_000, 1);
            int opener = indexOfNthDelimiter(body, MAX_PARTS + 1);
            DeliveryCounter source = new DeliveryCounter(new ByteArrayInputStream(body));
            CountingMultipartStream in = counting(source);
            assertThrows(MultipartLimitExceeded.class, () -> drain(in, 8192));
            assertTrue(source.delivered <= opener + 8192L, source.delivered + " bytes read, 21st delimiter at " + opener);
            assertTrue(source.delivered < body.length / 50, source.delivered + " of " + body.length);
        }

        @Test
        @DisplayName("more than MAX_REQUEST_BYTES trips it, one byte after the limit")
        void tooManyBytes() {
            DeliveryCounter source = new DeliveryCounter(new EndlessPart());
            CountingMultipartStream in = counting(source);
            assertThrows(MultipartLimitExceeded.class, () -> drain(in, 64 * 1024));
            assertEquals(MAX_REQUEST_BYTES + 1, source.delivered);
            assertEquals(1, in.parts());
        }

        @Test
        @DisplayName("once tripped, every further read fails too")
        void staysTripped() {
            CountingMultipartStream in = counting(body(MAX_PARTS + 1, 10));
            assertThrows(MultipartLimitExceeded.class, () -> drain(in, 8192));
            assertThrows(MultipartLimitExceeded.class, in::read);
            assertThrows(MultipartLimitExceeded.class, () -> in.read(new byte[10], 0, 10));
        }

        @Test
        @DisplayName("the boundary inside content without a line break before it is not a delimiter")
        void boundaryInsideContent() throws IOException {
            String value = ("x--" + BOUNDARY + " ").repeat(5);
            CountingMultipartStream in = counting(body(MAX_PARTS, value));
            drain(in, 8192);
            assertEquals(MAX_PARTS, in.parts());
        }

        @Test
        @DisplayName("the first delimiter is found after a preamble, as the parser finds it")
        void preamble() {
            byte[] body = concat("This is a preamble, ignored by parsers. ".getBytes(StandardCharsets.US_ASCII),
                    body(MAX_PARTS + 1, 4));
            CountingMultipartStream in = counting(body);
            assertThrows(MultipartLimitExceeded.class, () -> drain(in, 8192));
        }

        @Test
        @DisplayName("the close delimiter opens no part")
        void closeDelimiter() throws IOException {
            CountingMultipartStream in = counting(body(1, 4));
            drain(in, 8192);
            assertEquals(1, in.parts());
        }

        private CountingMultipartStream counting(byte[] body) {
            return counting(new ByteArrayInputStream(body));
        }

        private CountingMultipartStream counting(InputStream source) {
            return new CountingMultipartStream(source, BOUNDARY.getBytes(StandardCharsets.US_ASCII), MAX_REQUEST_BYTES, MAX_PARTS);
        }
    }

    @Nested
    @DisplayName("the filter")
    class Filtering {

        @TempDir
        Path temp;

        private final MultipartLimitFilter filter = new MultipartLimitFilter();

        @Test
        @DisplayName("other requests pass untouched")
        void notMultipart() throws Exception {
            FakeRequest fake = new FakeRequest("application/x-www-form-urlencoded", "a=1".getBytes(StandardCharsets.US_ASCII));
            FakeResponse response = new FakeResponse();
            AtomicReference<ServletRequest> seen = new AtomicReference<>();
            filter.doFilter(fake.proxy(), response.proxy(), (req, res) -> seen.set(req));
            assertSame(fake.proxy(), seen.get());
            assertFalse(fake.streamOpened);
        }

        @Test
        @DisplayName("a declared Content-Length over the limit is answered 413 at once, without reading")
        void contentLengthTooLarge() throws Exception {
            FakeRequest fake = new FakeRequest(CONTENT_TYPE, new byte[0]);
            fake.contentLength = MAX_REQUEST_BYTES + 1;
            FakeResponse response = new FakeResponse();
            filter.doFilter(fake.proxy(), response.proxy(), failingChain());
            assertEquals(413, response.status);
            assertEquals("close", response.headers.get("Connection"));
            assertTrue(response.contentType.startsWith("text/plain"));
            assertTrue(response.body.toString().contains("too large"));
            assertFalse(fake.streamOpened);
        }

        @Test
        @DisplayName("MAX_PARTS + 1 parts are answered 413 and the chain never runs")
        void tooManyParts() throws Exception {
            FakeRequest fake = new FakeRequest(CONTENT_TYPE, body(MAX_PARTS + 1, 10));
            FakeResponse response = new FakeResponse();
            filter.doFilter(fake.proxy(), response.proxy(), failingChain());
            assertEquals(413, response.status);
        }

        @Test
        @DisplayName("a 50,000-part body is refused after reading a small fraction of it")
        void manyPartsRefusedEarly() throws Exception {
            byte[] body = body(50_000, 1);
            FakeRequest fake = new FakeRequest(CONTENT_TYPE, body);
            fake.contentLength = -1;
            FakeResponse response = new FakeResponse();
            filter.doFilter(fake.proxy(), response.proxy(), failingChain());
            assertEquals(413, response.status);
            assertTrue(fake.delivered.delivered < body.length / 50, fake.delivered.delivered + " of " + body.length);
        }

        @Test
        @DisplayName("MAX_PARTS parts reach the servlet as parts and parameters, decoded as UTF-8, query string first")
        void maxPartsServed() throws Exception {
            byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n山田 太郎\r\n");
            write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"免許証.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n");
            out.write(pdf);
            write(out, "\r\n");
            for (int i = 3; i <= MAX_PARTS; i++) {
                write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nv" + i + "\r\n");
            }
            write(out, "--" + BOUNDARY + "--\r\n");
            FakeRequest fake = new FakeRequest(CONTENT_TYPE, out.toByteArray());
            fake.queryString = "f=q&id=%E5%85%8D";
            FakeResponse response = new FakeResponse();
            List<String> checked = new ArrayList<>();

            filter.doFilter(fake.proxy(), response.proxy(), (req, res) -> {
                HttpServletRequest r = (HttpServletRequest) req;
                try {
                    assertEquals(MAX_PARTS, r.getParts().size());
                    Part file = r.getPart("file");
                    assertEquals("免許証.pdf", file.getSubmittedFileName());
                    assertEquals("application/pdf", file.getContentType());
                    assertEquals(pdf.length, file.getSize());
                    assertTrue(file.getHeader("content-disposition").contains("filename"));
                    try (InputStream in = file.getInputStream()) {
                        assertArrayEquals(pdf, in.readAllBytes());
                    }
                    assertNull(r.getPart("name").getSubmittedFileName());
                } catch (IOException | ServletException e) {
                    throw new AssertionError(e);
                }
                assertEquals("山田 太郎", r.getParameter("name"));
                assertEquals("免", r.getParameter("id"));
                assertEquals("q", r.getParameter("f"));
                assertEquals(MAX_PARTS - 2 + 1, r.getParameterValues("f").length);
                assertNull(r.getParameter("file"));
                assertTrue(r.getParameterMap().containsKey("name"));
                checked.add("served");
            });
            assertEquals(List.of("served"), checked);
            assertEquals(200, response.status);
        }

        @Test
        @DisplayName("large parts go to the temporary directory and are deleted when the request ends")
        void temporaryFilesDeleted() throws Exception {
            FakeRequest fake = new FakeRequest(CONTENT_TYPE, fileBody("big.pdf", MultipartLimitFilter.MEMORY_THRESHOLD * 4));
            fake.tempDir = temp;
            List<Long> during = new ArrayList<>();
            filter.doFilter(fake.proxy(), new FakeResponse().proxy(), (req, res) -> during.add(files(temp)));
            assertEquals(List.of(1L), during);
            assertEquals(0, files(temp));
        }

        @Test
        @DisplayName("one file over MAX_FILE_BYTES is answered 413 and leaves nothing behind")
        void fileTooLarge() throws Exception {
            FakeRequest fake = new FakeRequest(CONTENT_TYPE, fileBody("huge.pdf", (int) MultipartLimitFilter.MAX_FILE_BYTES + 1));
            fake.tempDir = temp;
            FakeResponse response = new FakeResponse();
            filter.doFilter(fake.proxy(), response.proxy(), failingChain());
            assertEquals(413, response.status);
            assertEquals(0, files(temp));
        }

        @Test
        @DisplayName("the limit exception arriving from the servlet wrapped in other exceptions is answered 413")
        void wrappedLimitFromChain() throws Exception {
            FakeRequest fake = new FakeRequest(CONTENT_TYPE, body(1, 4));
            FakeResponse response = new FakeResponse();
            filter.doFilter(fake.proxy(), response.proxy(), (req, res) -> {
                throw new ServletException("Faces failed", new IllegalStateException(new MultipartLimitExceeded("too many")));
            });
            assertEquals(413, response.status);
        }

        @Test
        @DisplayName("when the response is already committed, the exception is not hidden")
        void committedResponse() {
            FakeRequest fake = new FakeRequest(CONTENT_TYPE, body(1, 4));
            FakeResponse response = new FakeResponse();
            response.committed = true;
            ServletException thrown = assertThrows(ServletException.class, () -> filter.doFilter(fake.proxy(), response.proxy(),
                    (req, res) -> {
                        throw new ServletException(new MultipartLimitExceeded("too many"));
                    }));
            assertInstanceOf(MultipartLimitExceeded.class, thrown.getCause());
        }

        @Test
        @DisplayName("other exceptions from the servlet pass through")
        void otherExceptions() {
            FakeRequest fake = new FakeRequest(CONTENT_TYPE, body(1, 4));
            assertThrows(IllegalStateException.class, () -> filter.doFilter(fake.proxy(), new FakeResponse().proxy(),
                    (req, res) -> {
                        throw new IllegalStateException("a bug");
                    }));
        }

        @Test
        @DisplayName("multipart without a boundary, or a body that is not multipart, is answered 400")
        void malformed() throws Exception {
            FakeResponse noBoundary = new FakeResponse();
            filter.doFilter(new FakeRequest("multipart/form-data", body(1, 4)).proxy(), noBoundary.proxy(), failingChain());
            assertEquals(400, noBoundary.status);

            byte[] whole = body(1, 4);
            byte[] truncated = Arrays.copyOf(whole, whole.length - ("\r\n--" + BOUNDARY + "--\r\n").length());
            FakeResponse cutOff = new FakeResponse();
            filter.doFilter(new FakeRequest(CONTENT_TYPE, truncated).proxy(), cutOff.proxy(), failingChain());
            assertEquals(400, cutOff.status);
        }

        @Test
        @DisplayName("a body without any delimiter has no parts (as the container would see it)")
        void noDelimiterAtAll() throws Exception {
            List<Integer> parts = new ArrayList<>();
            filter.doFilter(new FakeRequest(CONTENT_TYPE, "just some text".getBytes(StandardCharsets.US_ASCII)).proxy(),
                    new FakeResponse().proxy(), (req, res) -> {
                        try {
                            parts.add(((HttpServletRequest) req).getParts().size());
                        } catch (IOException | ServletException e) {
                            throw new AssertionError(e);
                        }
                    });
            assertEquals(List.of(0), parts);
        }

        private FilterChain failingChain() {
            return (req, res) -> {
                throw new AssertionError("the chain must not run");
            };
        }
    }

    @Nested
    @DisplayName("reading the Content-Type")
    class ContentTypes {

        @Test
        @DisplayName("multipart/form-data is recognised in any case, other types are not")
        void recognised() {
            assertTrue(MultipartLimitFilter.isMultipartFormData(CONTENT_TYPE));
            assertTrue(MultipartLimitFilter.isMultipartFormData("Multipart/Form-Data; boundary=x"));
            assertFalse(MultipartLimitFilter.isMultipartFormData("application/x-www-form-urlencoded"));
            assertFalse(MultipartLimitFilter.isMultipartFormData(null));
        }

        @Test
        @DisplayName("the boundary may be quoted and its name in any case")
        void boundary() {
            assertEquals("abc", ascii(MultipartLimitFilter.boundaryOf("multipart/form-data; boundary=abc").orElseThrow()));
            assertEquals("a b'c", ascii(MultipartLimitFilter.boundaryOf("multipart/form-data; BOUNDARY=\"a b'c\"").orElseThrow()));
            assertEquals("x", ascii(MultipartLimitFilter.boundaryOf("multipart/form-data; charset=UTF-8; boundary=x").orElseThrow()));
        }

        @Test
        @DisplayName("a missing, empty or over-long boundary is none")
        void noBoundary() {
            assertTrue(MultipartLimitFilter.boundaryOf("multipart/form-data").isEmpty());
            assertTrue(MultipartLimitFilter.boundaryOf("multipart/form-data; boundary=").isEmpty());
            assertTrue(MultipartLimitFilter.boundaryOf("multipart/form-data; boundary=" + "x".repeat(71)).isEmpty());
            assertTrue(MultipartLimitFilter.boundaryOf("multipart/form-data; boundary=" + "x".repeat(70)).isPresent());
        }

        private String ascii(byte[] bytes) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    // ---- request bodies

    private static byte[] body(int parts, int valueSize) {
        return body(parts, "a".repeat(valueSize));
    }

    private static byte[] body(int parts, String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 1; i <= parts; i++) {
            write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"f" + i + "\"\r\n\r\n" + value + "\r\n");
        }
        write(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    private static byte[] fileBody(String fileName, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n");
        byte[] filler = new byte[size - 9];
        Arrays.fill(filler, (byte) 'x');
        out.writeBytes(filler);
        write(out, "\r\n--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** Where the n-th delimiter (1-based) ends in a body built by {@link #body}. */
    private static int indexOfNthDelimiter(byte[] body, int n) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf("--" + BOUNDARY, at + 1);
        }
        return at + 2 + BOUNDARY.length();
    }

    private static void drain(InputStream in, int bufferSize) throws IOException {
        byte[] buffer = new byte[bufferSize];
        while (in.read(buffer, 0, buffer.length) >= 0) {
            // reading
        }
    }

    private static long files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ---- streams

    /** Hands out at most {@code chunk} bytes per read, so delimiters fall across reads. */
    private static final class ChunkedStream extends InputStream {
        private final ByteArrayInputStream in;
        private final int chunk;

        ChunkedStream(byte[] body, int chunk) {
            this.in = new ByteArrayInputStream(body);
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, chunk));
        }
    }

    /** Counts the bytes a source has handed out. */
    private static final class DeliveryCounter extends InputStream {
        private final InputStream in;
        long delivered;

        DeliveryCounter(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                delivered++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                delivered += n;
            }
            return n;
        }
    }

    /** One part that never ends. */
    private static final class EndlessPart extends InputStream {
        private final byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        private long position;

        @Override
        public int read() {
            int b = position < head.length ? head[(int) position] : 'x';
            position++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }
    }

    // ---- request and response without a container

    private static final class FakeRequest {
        final String contentType;
        final DeliveryCounter delivered;
        long contentLength;
        String queryString;
        String characterEncoding;
        Path tempDir;
        boolean streamOpened;
        private HttpServletRequest proxy;

        FakeRequest(String contentType, byte[] body) {
            this.contentType = contentType;
            this.contentLength = body.length;
            this.delivered = new DeliveryCounter(new ByteArrayInputStream(body));
        }

        HttpServletRequest proxy() {
            if (proxy == null) {
                ServletInputStream stream = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        return delivered.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return delivered.read(b, off, len);
                    }

                    @Override
                    public boolean isFinished() {
                        return false;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
                proxy = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {HttpServletRequest.class}, (p, method, args) -> switch (method.getName()) {
                            case "getContentType" -> contentType;
                            case "getContentLengthLong" -> contentLength;
                            case "getContentLength" -> (int) Math.min(Integer.MAX_VALUE, contentLength);
                            case "getInputStream" -> {
                                streamOpened = true;
                                yield stream;
                            }
                            case "getQueryString" -> queryString;
                            case "getCharacterEncoding" -> characterEncoding;
                            case "setCharacterEncoding" -> {
                                characterEncoding = (String) args[0];
                                yield null;
                            }
                            case "getMethod" -> "POST";
                            case "getServletContext" -> tempDir == null ? null : servletContext(tempDir);
                            case "toString" -> "FakeRequest";
                            case "hashCode" -> System.identityHashCode(p);
                            case "equals" -> p == args[0];
                            default -> defaultValue(method.getReturnType());
                        });
            }
            return proxy;
        }

        private static ServletContext servletContext(Path tempDir) {
            return (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
                    new Class<?>[] {ServletContext.class}, (p, method, args) -> switch (method.getName()) {
                        case "getAttribute" -> ServletContext.TEMPDIR.equals(args[0]) ? tempDir.toFile() : null;
                        default -> defaultValue(method.getReturnType());
                    });
        }
    }

    private static final class FakeResponse {
        int status = 200;
        String contentType;
        boolean committed;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();

        HttpServletResponse proxy() {
            PrintWriter writer = new PrintWriter(body);
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (p, method, args) -> switch (method.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "getStatus" -> status;
                        case "setHeader" -> {
                            headers.put((String) args[0], (String) args[1]);
                            yield null;
                        }
                        case "setContentType" -> {
                            contentType = (String) args[0];
                            yield null;
                        }
                        case "getWriter" -> writer;
                        case "flushBuffer" -> {
                            writer.flush();
                            committed = true;
                            yield null;
                        }
                        case "isCommitted" -> committed;
                        case "resetBuffer" -> {
                            if (committed) {
                                throw new IllegalStateException("committed");
                            }
                            yield null;
                        }
                        default -> defaultValue(method.getReturnType());
                    });
        }
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }
}

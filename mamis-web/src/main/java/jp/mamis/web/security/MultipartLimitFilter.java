package jp.mamis.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletDiskFileUpload;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Bounds every {@code multipart/form-data} request — its size and its number of parts — before
 * anything parses it, so that a crafted upload is refused quickly with HTTP 413 while the heap
 * stays flat and other members are still served (security spec "Uploads", the CVE-2023-24998
 * class of attack: thousands of tiny parts in a small request).
 *
 * <p>Why a filter that parses, rather than a limit in the server: Payara 6 has no limit on the
 * number of parts (20,000 parts in 1.7 MB were parsed), and the Faces servlet's
 * {@code <multipart-config>} bounds only sizes. Nor is it enough to wrap the request's input
 * stream and let Payara parse: Payara's own parser ({@code org.apache.catalina.fileupload.Multipart})
 * reads the connector's stream of the unwrapped request, so a wrapper around
 * {@code getInputStream()} never sees those bytes (measured on Payara Micro 6.2025.10: 50,000
 * parts parsed in 3.3 s while such a wrapper counted 0 bytes). This filter therefore parses the body
 * itself, through a {@linkplain CountingMultipartStream counting stream}, with Apache Commons
 * FileUpload 2 (which also bounds the item count, each file and each part's headers), and hands
 * the servlets a request whose {@code getParts()}, {@code getPart()} and {@code getParameter*()}
 * answer from that result. Payara's parser is never reached on this path.
 *
 * <p>Order of checks: a declared {@code Content-Length} above {@link #MAX_REQUEST_BYTES} is
 * refused at once, without reading; otherwise the body is read through the counting stream,
 * which throws {@link MultipartLimitExceeded} as soon as more than {@link #MAX_PARTS} parts have
 * begun or more than {@link #MAX_REQUEST_BYTES} bytes have been read, so a 50,000-part body is
 * refused after little more than its 21st delimiter. The same exception is also recognised when
 * it surfaces later from the chain, wrapped in any cause chain (e.g. a {@code ServletException}
 * from the Faces servlet). Refusals are a short plain-text answer with {@code Connection: close},
 * so the server does not read the rest of a huge body to keep the connection alive.
 *
 * <p>What this does not cover: anything that asks the container for parameters or parts before
 * this filter runs. In MAMIS that is Jakarta Security's {@code LoginToContinue}, which copies the
 * parameters of a request to a protected page ({@code /member/*}) when nobody is signed in; there
 * only the Faces servlet's {@code <multipart-config>} size limits (web.xml) and the listener's
 * {@code max-post-size-bytes} apply. Filters declared by annotation run in no defined order, so a
 * filter that reads parameters must not be added without ordering this one first in web.xml.
 *
 * <p>Parts are held in memory up to {@link #MEMORY_THRESHOLD} bytes each and in the servlet
 * context's temporary directory above that; they are deleted when the request ends.
 */
@WebFilter("/*")
public class MultipartLimitFilter extends HttpFilter {

    /** The largest multipart request accepted: 25 MiB (a few scanned documents and a photo). */
    static final long MAX_REQUEST_BYTES = 25L * 1024 * 1024;

    /**
     * The most parts one multipart request may have. A Faces form with an upload sends every field
     * as a part, so the admission wizard needs a few dozen; part floods stop here.
     */
    static final int MAX_PARTS = 100;

    /** The largest single file part: 10 MiB, as {@code max-file-size} in web.xml. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** Parts up to this size stay in memory; with {@link #MAX_PARTS} this bounds the heap one request can take. */
    static final int MEMORY_THRESHOLD = 64 * 1024;

    /** RFC 2046: a boundary has 1 to 70 characters. */
    static final int MAX_BOUNDARY_LENGTH = 70;

    private static final String TOO_LARGE_TEXT =
            "アップロードが大きすぎるか、ファイルの数が多すぎます。\nThe upload is too large or has too many parts.\n";
    private static final String MALFORMED_TEXT =
            "アップロードの形式が正しくありません。\nThe upload is not a valid multipart/form-data request.\n";

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getContentType();
        if (!isMultipartFormData(contentType)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE_TEXT);
            return;
        }
        Optional<byte[]> boundary = boundaryOf(contentType);
        if (boundary.isEmpty()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, MALFORMED_TEXT);
            return;
        }
        LimitedMultipartRequest limited = new LimitedMultipartRequest(request, boundary.get(), repositoryOf(request));
        try {
            try {
                limited.parse();
            } catch (MultipartLimitExceeded e) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE_TEXT);
                return;
            } catch (FileUploadException e) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, MALFORMED_TEXT);
                return;
            }
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (findLimitExceeded(e).isEmpty() || response.isCommitted()) {
                throw e;
            }
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE_TEXT);
        } finally {
            limited.deleteParts();
        }
    }

    /** Whether the body is {@code multipart/form-data}, the only multipart type forms send. */
    static boolean isMultipartFormData(String contentType) {
        return contentType != null
                && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * The boundary of a multipart Content-Type, read the way the parser reads it (so the counter
     * and the parser agree on where parts begin); empty when missing, empty or longer than RFC 2046 allows.
     */
    static Optional<byte[]> boundaryOf(String contentType) {
        byte[] boundary = new JakartaServletDiskFileUpload().getBoundary(contentType);
        if (boundary == null || boundary.length == 0 || boundary.length > MAX_BOUNDARY_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(boundary);
    }

    /** The {@link MultipartLimitExceeded} somewhere in a cause chain (suppressed exceptions included). */
    static Optional<MultipartLimitExceeded> findLimitExceeded(Throwable thrown) {
        List<Throwable> seen = new ArrayList<>();
        List<Throwable> todo = new ArrayList<>(List.of(thrown));
        while (!todo.isEmpty()) {
            Throwable t = todo.remove(0);
            if (t == null || seen.stream().anyMatch(s -> s == t)) {
                continue;
            }
            if (t instanceof MultipartLimitExceeded limit) {
                return Optional.of(limit);
            }
            seen.add(t);
            todo.add(t.getCause());
            todo.addAll(List.of(t.getSuppressed()));
        }
        return Optional.empty();
    }

    private static Path repositoryOf(HttpServletRequest request) {
        ServletContext context = request.getServletContext();
        Object dir = context == null ? null : context.getAttribute(ServletContext.TEMPDIR);
        return dir instanceof File file ? file.toPath() : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static void refuse(HttpServletResponse response, int status, String text) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        // The rest of the body is not read; closing spares the server from draining it for keep-alive.
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(text);
        response.flushBuffer();
    }

    /**
     * Thrown by the counting stream (and by the parse) once a multipart request has more than
     * {@link #MAX_PARTS} parts or {@link #MAX_REQUEST_BYTES} bytes. An {@link IOException} so it
     * travels through every reader of the stream.
     */
    static final class MultipartLimitExceeded extends IOException {

        @Serial
        private static final long serialVersionUID = 1L;

        MultipartLimitExceeded(String message) {
            super(message);
        }

        MultipartLimitExceeded(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A request body stream that counts bytes and multipart parts while they are read and throws
     * {@link MultipartLimitExceeded} as soon as a limit is passed — in the read that passes it,
     * so the rest of the body is never read. Once tripped, every further read throws again.
     *
     * <p>Parts are counted the way Apache Commons FileUpload (and Payara's fork of it) finds them:
     * the first delimiter is {@code --boundary} anywhere in the preamble, every later one is
     * {@code CRLF--boundary}; a delimiter followed by {@code --} closes the body and opens no
     * part. Matching runs byte by byte across reads, so a delimiter split between two reads is
     * still found.
     */
    static final class CountingMultipartStream extends ServletInputStream {

        private final InputStream in;
        private final long maxBytes;
        private final int maxParts;
        private final DelimiterMatcher first;
        private final DelimiterMatcher later;
        private boolean seenFirst;
        /** Bytes still to look at after a delimiter to tell a part ({@code CRLF}) from the end ({@code --}). */
        private int afterDelimiter;
        private long bytes;
        private int parts;
        private boolean finished;
        private MultipartLimitExceeded tripped;

        CountingMultipartStream(InputStream in, byte[] boundary, long maxBytes, int maxParts) {
            this.in = in;
            this.maxBytes = maxBytes;
            this.maxParts = maxParts;
            byte[] dashBoundary = new byte[boundary.length + 2];
            dashBoundary[0] = '-';
            dashBoundary[1] = '-';
            System.arraycopy(boundary, 0, dashBoundary, 2, boundary.length);
            byte[] crlfDashBoundary = new byte[dashBoundary.length + 2];
            crlfDashBoundary[0] = '\r';
            crlfDashBoundary[1] = '\n';
            System.arraycopy(dashBoundary, 0, crlfDashBoundary, 2, dashBoundary.length);
            this.first = new DelimiterMatcher(dashBoundary);
            this.later = new DelimiterMatcher(crlfDashBoundary);
        }

        /** Parts begun so far. */
        int parts() {
            return parts;
        }

        /** Bytes read so far. */
        long bytes() {
            return bytes;
        }

        @Override
        public int read() throws IOException {
            checkTripped();
            int b = in.read();
            if (b < 0) {
                finished = true;
                return b;
            }
            count(1);
            scan((byte) b);
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            checkTripped();
            // Never ask for more than one byte past the limit.
            int wanted = (int) Math.min(len, maxBytes - bytes + 1);
            int n = in.read(buffer, off, wanted);
            if (n < 0) {
                finished = true;
                return n;
            }
            count(n);
            for (int i = off; i < off + n; i++) {
                scan(buffer[i]);
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            return tripped == null ? in.available() : 0;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        @Override
        public boolean isFinished() {
            return in instanceof ServletInputStream servlet ? servlet.isFinished() : finished;
        }

        @Override
        public boolean isReady() {
            return !(in instanceof ServletInputStream servlet) || servlet.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            if (!(in instanceof ServletInputStream servlet)) {
                throw new UnsupportedOperationException("Not a servlet input stream");
            }
            servlet.setReadListener(listener);
        }

        private void checkTripped() throws MultipartLimitExceeded {
            if (tripped != null) {
                throw tripped;
            }
        }

        private void count(int n) throws MultipartLimitExceeded {
            bytes += n;
            if (bytes > maxBytes) {
                trip("The multipart request has more than " + maxBytes + " bytes");
            }
        }

        private void scan(byte b) throws MultipartLimitExceeded {
            if (afterDelimiter > 0) {
                if (b == '-' && afterDelimiter == 2) {
                    afterDelimiter = 1;
                } else if (b == '-') {
                    afterDelimiter = 0; // "--": the close delimiter
                } else {
                    afterDelimiter = 0;
                    partBegins();
                }
            }
            DelimiterMatcher matcher = seenFirst ? later : first;
            if (matcher.feed(b)) {
                seenFirst = true;
                afterDelimiter = 2;
            }
        }

        private void partBegins() throws MultipartLimitExceeded {
            parts++;
            if (parts > maxParts) {
                trip("The multipart request has more than " + maxParts + " parts");
            }
        }

        private void trip(String message) throws MultipartLimitExceeded {
            tripped = new MultipartLimitExceeded(message);
            throw tripped;
        }
    }

    /** Finds one byte pattern in a stream fed byte by byte (Knuth–Morris–Pratt, so no byte is read twice). */
    static final class DelimiterMatcher {

        private final byte[] pattern;
        private final int[] fallback;
        private int matched;

        DelimiterMatcher(byte[] pattern) {
            this.pattern = pattern.clone();
            this.fallback = new int[pattern.length];
            for (int i = 1, k = 0; i < pattern.length; i++) {
                while (k > 0 && pattern[i] != pattern[k]) {
                    k = fallback[k - 1];
                }
                if (pattern[i] == pattern[k]) {
                    k++;
                }
                fallback[i] = k;
            }
        }

        /** Whether this byte completes the pattern. */
        boolean feed(byte b) {
            while (matched > 0 && b != pattern[matched]) {
                matched = fallback[matched - 1];
            }
            if (b == pattern[matched]) {
                matched++;
            }
            if (matched == pattern.length) {
                matched = fallback[matched - 1];
                return true;
            }
            return false;
        }
    }

    /**
     * The request as the servlets see it: its multipart body parsed once, within the limits,
     * from the counting stream; parts and parameters answered from that parse, never by the
     * container's parser. Query-string parameters are decoded here too, because asking the
     * container for any parameter would make it parse the (already read) body itself.
     */
    static final class LimitedMultipartRequest extends HttpServletRequestWrapper {

        private final CountingMultipartStream stream;
        private final Path repository;
        private List<DiskFileItem> items = List.of();
        private List<Part> parts = List.of();
        private Map<String, String[]> parameters;
        private BufferedReader reader;

        LimitedMultipartRequest(HttpServletRequest request, byte[] boundary, Path repository) throws IOException {
            super(request);
            this.stream = new CountingMultipartStream(request.getInputStream(), boundary, MAX_REQUEST_BYTES, MAX_PARTS);
            this.repository = repository;
        }

        /**
         * Reads and parses the whole body.
         *
         * @throws MultipartLimitExceeded a limit was passed (parts, request bytes, bytes of one file)
         * @throws FileUploadException    the body is not valid multipart/form-data, or reading it failed
         */
        void parse() throws IOException {
            DiskFileItemFactory factory = DiskFileItemFactory.builder()
                    .setPath(repository)
                    .setThreshold(MEMORY_THRESHOLD)
                    .setCharset(formCharset())
                    .get();
            JakartaServletDiskFileUpload upload = new JakartaServletDiskFileUpload(factory);
            upload.setMaxFileCount(MAX_PARTS);
            upload.setMaxSize(MAX_REQUEST_BYTES);
            upload.setMaxFileSize(MAX_FILE_BYTES);
            upload.setHeaderCharset(formCharset());
            try {
                items = List.copyOf(upload.parseRequest(this));
            } catch (FileUploadException e) {
                Optional<MultipartLimitExceeded> limit = findLimitExceeded(e);
                if (limit.isPresent()) {
                    throw limit.get();
                }
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof FileUploadSizeException) {
                        throw new MultipartLimitExceeded(t.getMessage(), e);
                    }
                }
                throw e;
            }
            List<Part> adapted = new ArrayList<>(items.size());
            for (DiskFileItem item : items) {
                adapted.add(new UploadedPart(item, repository));
            }
            parts = Collections.unmodifiableList(adapted);
        }

        /** Removes the temporary files of all parts; called when the request ends. */
        void deleteParts() {
            for (DiskFileItem item : items) {
                try {
                    item.delete();
                } catch (IOException e) {
                    // Nothing to answer to any more; the file is in the container's temp directory.
                    log("A temporary upload file could not be deleted", e);
                }
            }
        }

        private void log(String message, Throwable e) {
            ServletContext context = getServletContext();
            if (context != null) {
                context.log(message, e);
            }
        }

        @Override
        public ServletInputStream getInputStream() {
            if (reader != null) {
                throw new IllegalStateException("getReader() has already been called");
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            if (reader == null) {
                reader = new BufferedReader(new InputStreamReader(stream, formCharset()));
            }
            return reader;
        }

        @Override
        public Collection<Part> getParts() {
            return parts;
        }

        @Override
        public Part getPart(String name) {
            for (Part part : parts) {
                if (part.getName().equals(name)) {
                    return part;
                }
            }
            return null;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values.clone();
        }

        /** Query string first, then the form fields of the body, as the Servlet specification orders them. */
        private Map<String, String[]> parameters() {
            if (parameters == null) {
                Charset charset = formCharset();
                Map<String, List<String>> collected = new LinkedHashMap<>();
                addQueryString(collected, getQueryString(), charset);
                for (DiskFileItem item : items) {
                    if (item.isFormField()) {
                        try {
                            collected.computeIfAbsent(item.getFieldName(), k -> new ArrayList<>()).add(item.getString(charset));
                        } catch (IOException e) {
                            throw new UncheckedIOException("A form field could not be read", e);
                        }
                    }
                }
                Map<String, String[]> result = new LinkedHashMap<>();
                collected.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(result);
            }
            return parameters;
        }

        private static void addQueryString(Map<String, List<String>> collected, String query, Charset charset) {
            if (query == null || query.isEmpty()) {
                return;
            }
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
                    collected.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } catch (IllegalArgumentException malformedEscape) {
                    // Skipped, as the container skips a pair it cannot decode.
                }
            }
        }

        /** The request's character encoding when set (Faces sets UTF-8), else UTF-8, the encoding of every MAMIS page. */
        private Charset formCharset() {
            String name = getCharacterEncoding();
            if (name != null) {
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return StandardCharsets.UTF_8;
                }
            }
            return StandardCharsets.UTF_8;
        }
    }

    /** A parsed item seen through the Servlet {@link Part} interface, which Faces and PrimeFaces use. */
    private static final class UploadedPart implements Part {

        private final DiskFileItem item;
        private final Path repository;

        UploadedPart(DiskFileItem item, Path repository) {
            this.item = item;
            this.repository = repository;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return item.getInputStream();
        }

        @Override
        public String getContentType() {
            return item.getContentType();
        }

        @Override
        public String getName() {
            return item.getFieldName();
        }

        @Override
        public String getSubmittedFileName() {
            return item.isFormField() ? null : item.getName();
        }

        @Override
        public long getSize() {
            return item.getSize();
        }

        /** Relative names are resolved against the temporary directory, as the container resolves them against its location. */
        @Override
        public void write(String fileName) throws IOException {
            Path target = Path.of(fileName);
            item.write(target.isAbsolute() ? target : repository.resolve(target));
        }

        @Override
        public void delete() throws IOException {
            item.delete();
        }

        @Override
        public String getHeader(String name) {
            return item.getHeaders() == null ? null : item.getHeaders().getHeader(name);
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return item.getHeaders() == null ? List.of() : toList(item.getHeaders().getHeaders(name));
        }

        @Override
        public Collection<String> getHeaderNames() {
            return item.getHeaders() == null ? List.of() : toList(item.getHeaders().getHeaderNames());
        }

        private static List<String> toList(Iterator<String> values) {
            List<String> list = new ArrayList<>();
            values.forEachRemaining(list::add);
            return list;
        }
    }
}

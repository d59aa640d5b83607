package jp.mamis.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploads against the deployed EAR: floods of parts and oversize files are refused before the
 * application handles them, and a file that only pretends to be a PDF is refused with a clear
 * message while the rest of the wizard is kept. Times are printed, not asserted.
 */
@ExtendWith(MamisServer.class)
class UploadLimitsIT {

    private static final String BOUNDARY = "----mamis-limits";

    private static byte[] multipart(int parts, int fileBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts; i++) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"p" + i + "\"\r\n\r\nx\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        if (fileBytes > 0) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(new byte[fileBytes]);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static HttpResponse<String> post(String session, byte[] body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(MamisServer.url("/member/admission.xhtml")))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (session != null) {
            r.header("Cookie", "JSESSIONID=" + session);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String memberSession() {
        try (Browser b = new Browser(Browser.PC_WIDTH)) {
            Journeys.login(b, "idsample", "Mamis-Demo-2026");
            b.waitForPath("/member/mypage.xhtml");
            return b.cookie("JSESSIONID");
        }
    }

    @Test
    void aFloodOfPartsAndAnOversizeFileAreRefusedWith413() throws Exception {
        String session = memberSession();
        byte[] flood = multipart(20_000, 0);
        long t0 = System.nanoTime();
        HttpResponse<String> floodAnswer = post(session, flood);
        long floodMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(413, floodAnswer.statusCode(), floodAnswer.body());

        byte[] big = multipart(1, 11 * 1024 * 1024);
        t0 = System.nanoTime();
        HttpResponse<String> bigAnswer = post(session, big);
        long bigMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(413, bigAnswer.statusCode(), bigAnswer.body());

        HttpResponse<String> anonymous = post(null, flood);
        assertTrue(anonymous.statusCode() == 413 || anonymous.statusCode() == 302 || anonymous.statusCode() == 303,
                "without a session the flood is refused or sent to the login page: " + anonymous.statusCode());
        System.out.printf("upload limits: %,d parts (%,d bytes) refused in %d ms; an 11 MiB file refused in %d ms%n",
                20_000, flood.length, floodMs, bigMs);
    }

    @Test
    void aRenamedExecutableIsRefusedAndTheWizardKeepsItsInput() throws Exception {
        Path fake = Files.createTempFile("免許証", ".pdf");
        Files.write(fake, new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        try (Browser b = new Browser(Browser.PHONE_WIDTH)) {
            Journeys.login(b, "idsample", "Mamis-Demo-2026");
            b.waitForPath("/member/mypage.xhtml");
            b.open("/member/admission.xhtml");
            b.choose("admissionForm:prefecture", "東京都");
            b.radio("admissionForm:facilityMode", "新しい施設を入力する");
            b.waitFor("input[id='admissionForm:newFacility']");
            b.type("admissionForm:newFacility", "千代田テストクリニック");
            b.choose("admissionForm:lowest", "[3層] 千代田区医師会");
            b.waitFor(".mamis-chain");
            String chain = b.text(".mamis-chain");
            assertTrue(chain.contains("日本医師会にはすでに入会しています"), "JMA is refused with its reason: " + chain);
            b.choose("admissionForm:chainRows:0:category", "A2(B)");
            b.tick("admissionForm:chainRows:1:join");
            b.waitForAjax();
            b.choose("admissionForm:chainRows:1:category", "A2(B)");
            b.click("admissionForm:toInput");

            b.waitFor("#documentNotes");
            b.typeDate("admissionForm:startDate", "2026/12/01");
            b.byId("admissionForm:upload_input").sendKeys(fake.toString());
            b.waitForAjax();
            assertTrue(b.messages().contains("PDF・JPEG・PNG"), b.messages());
            assertTrue(b.driver().findElements(org.openqa.selenium.By.cssSelector("#attachmentList a")).isEmpty());
            assertEquals("2026/12/01", b.byId("admissionForm:startDate_input").getAttribute("value"),
                    "the date typed before the refused upload is still there");
            b.screenshot("upload-refused");
        }
    }
}

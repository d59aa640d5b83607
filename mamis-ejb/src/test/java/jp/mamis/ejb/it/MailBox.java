package jp.mamis.ejb.it;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads what MAMIS mailed to an address from the test run's GreenMail, over IMAP (GreenMail
 * creates a mailbox per recipient, password = address). Used from inside Payara Micro.
 */
public final class MailBox {

    public record Received(String subject, String body) {
    }

    private MailBox() {
    }

    /** The messages for the address, waiting up to five seconds for at least {@code atLeast}. */
    public static List<Received> of(String address, int atLeast) throws Exception {
        long deadline = System.currentTimeMillis() + 5_000;
        List<Received> found = read(address);
        while (found.size() < atLeast && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            found = read(address);
        }
        return found;
    }

    private static List<Received> read(String address) throws MessagingException, IOException {
        Properties p = new Properties();
        p.setProperty("mail.imap.host", "127.0.0.1");
        p.setProperty("mail.imap.port", System.getenv("MAMIS_IT_IMAP_PORT"));
        Store store = Session.getInstance(p).getStore("imap");
        try {
            store.connect(address, address);
        } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
            return List.of();
        }
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Received> out = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                out.add(new Received(m.getSubject(), String.valueOf(m.getContent())));
            }
            inbox.close(false);
            return out;
        } finally {
            store.close();
        }
    }
}

package jp.mamis.launcher;

import java.util.concurrent.CountDownLatch;

/**
 * The README's run command: starts MAMIS with demo data (unless {@code MAMIS_DEMO=false}) and
 * keeps it running until Ctrl-C, which stops the domain, the mail sink and the database.
 */
public final class MamisLauncher {

    private MamisLauncher() {
    }

    public static void main(String[] args) throws Exception {
        boolean demo = !"false".equalsIgnoreCase(System.getenv("MAMIS_DEMO"));
        MamisStack stack = MamisStack.fromSystemProperties(demo);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping MAMIS…"); // shown in the terminal where Ctrl-C was pressed
            stack.close();
            stopped.countDown();
        }, "mamis-stop"));
        try {
            stack.start();
        } catch (Exception e) {
            stack.close();
            throw e;
        }
        StringBuilder banner = new StringBuilder()
                .append("\n==========================================================\n")
                .append(" MAMIS is running: ").append(stack.baseUrl()).append("/\n");
        if (demo) {
            banner.append(" Demo doctors: idsample, idnew, idtransfer, idresident — password Mamis-Demo-2026\n")
                    .append(" Demo staff: s{association code}.op / .admin / .view (e.g. s14100.op), same password,\n")
                    .append("   second-factor key MAMISDEMOSTAFFTOTPKEY2345672345A (see README)\n");
        }
        if (stack.mailSinkApi() != null) {
            banner.append(" Mail sink (all outgoing mail): ").append(stack.mailSinkApi())
                    .append("/user/<address>/messages/\n");
        }
        banner.append(" Database: ").append(stack.dbUrl()).append('\n')
                .append(" Server log: ").append(stack.serverLog()).append('\n')
                .append(" Press Ctrl-C to stop.\n")
                .append("==========================================================");
        // the banner is the run command's answer in the terminal, not a log record
        System.out.println(banner);
        stopped.await();
    }
}

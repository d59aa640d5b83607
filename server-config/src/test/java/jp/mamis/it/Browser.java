package jp.mamis.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * Headless Debian Chromium driven by Selenium, with helpers for PrimeFaces widgets. The browser
 * asks for Japanese pages, as a doctor's browser in Japan does.
 */
public final class Browser implements AutoCloseable {

    public static final int PC_WIDTH = 1280;
    public static final int PHONE_WIDTH = 390;

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final int width;

    public Browser(int width) {
        this.width = width;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("mamis.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=ja-JP", "--window-size=" + width + ",900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja-JP,ja"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("mamis.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, 900));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    public WebDriver driver() {
        return driver;
    }

    public int width() {
        return width;
    }

    public void open(String path) {
        driver.get(MamisServer.url(path));
    }

    public String path() {
        String url = driver.getCurrentUrl();
        String base = MamisServer.stack().baseUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public WebElement find(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** By Faces client id, e.g. {@code registrationForm:email}. */
    public WebElement byId(String clientId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(clientId)));
    }

    public String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    public void type(String clientId, String value) {
        WebElement e = byId(clientId);
        e.clear();
        e.sendKeys(value);
    }

    /** A PrimeFaces date picker: its text input is {@code id_input}. */
    public void typeDate(String clientId, String yyyyMmDd) {
        type(clientId + "_input", yyyyMmDd);
    }

    /** Ticks a PrimeFaces checkbox (clicks its box). */
    public void tick(String clientId) {
        WebElement box = byId(clientId).findElement(By.cssSelector(".ui-chkbox-box"));
        scrollTo(box);
        box.click();
    }

    /**
     * Chooses an option of a PrimeFaces selectOneMenu by its label, as a user does: opens the
     * menu, waits for its panel to finish opening, clicks the option, and waits until the menu
     * (re-rendered, when the choice updates the page by ajax) shows it. A click that lands while
     * the panel is still moving is not taken by PrimeFaces, so it is tried again.
     */
    public void choose(String clientId, String label) {
        String panel = "#" + cssId(clientId) + "_panel";
        for (int attempt = 1; ; attempt++) {
            WebElement menu = byId(clientId);
            scrollTo(menu);
            if (!driver.findElement(By.cssSelector(panel)).isDisplayed()) {
                menu.click();
            }
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "var p = $(PrimeFaces.escapeClientId(arguments[0] + '_panel')); return p.is(':visible') && !p.is(':animated');",
                    clientId)));
            find(panel + " li[data-label='" + label + "']").click();
            try {
                new WebDriverWait(driver, java.time.Duration.ofSeconds(5)).until(d -> {
                    waitForAjax();
                    return label.equals(d.findElement(By.id(clientId + "_label")).getText());
                });
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    public void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && document.readyState === 'complete';")));
    }

    /** Chooses a PrimeFaces radio option by its label text. */
    public void radio(String clientId, String label) {
        WebElement option = byId(clientId).findElement(By.xpath(".//label[normalize-space()='" + label + "']"));
        scrollTo(option);
        option.click();
    }

    public void click(String clientId) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(By.id(clientId)));
        scrollTo(e);
        e.click();
    }

    /** Waits until the element is shown, e.g. the next step of a wizard after an ajax update. */
    public WebElement waitFor(String cssSelector) {
        return find(cssSelector);
    }

    public void waitForPath(String pathPrefix) {
        wait.until(d -> path().startsWith(pathPrefix));
    }

    /** The text the field's p:message shows (the message inside the field's .mamis-field block). */
    public String messageFor(String clientId) {
        return wait.until(d -> {
            WebElement field = d.findElement(By.id(clientId))
                    .findElement(By.xpath("./ancestor::div[contains(@class,'mamis-field')][1]"));
            String t = field.findElement(By.cssSelector(".ui-message")).getText();
            return t.isBlank() ? null : t;
        });
    }

    /** The texts of the message list at the top of the page. */
    public String messages() {
        return find("#messages").getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String cookie(String name) {
        var c = driver.manage().getCookieNamed(name);
        return c == null ? null : c.getValue();
    }

    /** True when the page is no wider than the window (nothing to scroll sideways on a phone). */
    public boolean fitsWidth() {
        Object scroll = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        return ((Number) scroll).intValue() <= width;
    }

    public void screenshot(String name) {
        String dir = System.getProperty("mamis.screenshots");
        if (dir == null) {
            return;
        }
        try {
            Path target = Path.of(dir, name + "-" + width + ".png");
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void scrollTo(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", e);
    }

    private static String cssId(String clientId) {
        return clientId.replace(":", "\\:");
    }

    @Override
    public void close() {
        driver.quit();
    }
}

#!/usr/bin/env python3
"""Drives `isms serve` in headless Chromium with Selenium, for ServeBrowserTests.swift.

    serve_browser.py URL ROOT ARTEFACTS RESULTS [workflow|hostile]

URL is the printed login URL, ROOT the register's folder, ARTEFACTS the folder for the PNG
screenshots, RESULTS the JSON file this script writes what it saw to. The Swift test asserts
on that JSON and on the files on disk; this script only fails when a step cannot be done at
all (an element that never appears), with the step named in "error".

workflow: the login page, the dashboard, an applicability decision and a justification changed
in the SoA grid, a review date set on three selected rows, evidence uploaded for the control
that is a gap, a record changed on disk while its page is open and then saved in the browser.
hostile: every page that shows the hostile records, with what the DOM holds after loading.
"""

import json
import os
import sys
import tempfile
import traceback
from urllib.parse import urlsplit

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, UnexpectedAlertPresentException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

WAIT = 30

url, root, artefacts, results_path = sys.argv[1:5]
mode = sys.argv[5] if len(sys.argv) > 5 else "workflow"
origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
os.makedirs(artefacts, exist_ok=True)
results = {"mode": mode, "screenshots": [], "requests": [], "steps": []}


def start():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"]:
        options.add_argument(argument)
    # Every request the browser makes, from the DevTools log, to check that none left 127.0.0.1.
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


driver = start()
wait = WebDriverWait(driver, WAIT)


def step(name):
    results["steps"].append(name)


def collect_requests():
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            results["requests"].append(message["params"]["request"]["url"])


def shot(name):
    """A full-window PNG of the page as it is now, named NN-name.png."""
    path = os.path.join(artefacts, "%s-%02d-%s.png" % (mode, len(results["screenshots"]) + 1, name))
    driver.save_screenshot(path)
    results["screenshots"].append(path)


def visit(path):
    driver.get(origin + path)
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")


def find(css):
    return wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))


def text_of(css):
    found = driver.find_elements(By.CSS_SELECTOR, css)
    return found[0].text if found else None


def replaced(driver):
    try:
        return driver.execute_script("return !window.ismsBeforeSubmit && document.readyState === 'complete'")
    except UnexpectedAlertPresentException:
        raise
    except WebDriverException:
        return False


def submit(button):
    """Clicks a submit button, waits until the page it leads to has loaded, and returns what the
    server answered: the notice's class and text, or the page's text when it shows no notice
    (a plain-text refusal)."""
    # A mark on the window (not the DOM) that the next page no longer has. While the page is
    # replaced chromedriver may answer with errors of its own; the wait ignores them.
    driver.execute_script("window.ismsBeforeSubmit = true")
    button.click()
    wait.until(replaced)
    notices = driver.find_elements(By.CSS_SELECTOR, "section.notice")
    if notices:
        return {"notice": notices[0].get_attribute("class"), "text": notices[0].text}
    return {"notice": None, "text": driver.find_element(By.TAG_NAME, "body").text[:1000]}


def type_into(element, text):
    element.clear()
    element.send_keys(text)


def dom_state():
    """What the loaded page holds that a payload that ran would have changed or added."""
    return driver.execute_script(
        """
        var onAttributes = [];
        document.querySelectorAll("*").forEach(function (element) {
          for (var i = 0; i < element.attributes.length; i++) {
            var name = element.attributes[i].name.toLowerCase();
            if (name.indexOf("on") === 0) { onAttributes.push(element.tagName + " " + name); }
          }
        });
        var scripts = Array.prototype.map.call(document.querySelectorAll("script"), function (s) {
          return s.getAttribute("src") || "inline: " + s.textContent.slice(0, 80);
        });
        var links = Array.prototype.map.call(document.querySelectorAll("a[href], [src], [action], [formaction]"),
          function (e) { return e.getAttribute("href") || e.getAttribute("src") || e.getAttribute("action") ||
            e.getAttribute("formaction"); });
        return {
          pwned: document.documentElement.getAttribute("data-pwned"),
          title: document.title,
          scripts: scripts,
          onAttributes: onAttributes,
          iframes: document.querySelectorAll("iframe, object, embed, base, meta[http-equiv]").length,
          links: links,
        };
        """
    )


def grid_row(control):
    """The row of a control in the grid and its inputs' prefix (`r7.`)."""
    row = find("#soa-grid tr[id='row-%s']" % control)
    name = row.find_element(By.CSS_SELECTOR, "input[type=hidden][name$='.id']").get_attribute("name")
    return row, name.split(".")[0] + "."


def workflow():
    # Without a session only the login page.
    step("login page")
    visit("/")
    find("input[name=token]")
    results["login"] = {"hasTokenField": True, "text": driver.find_element(By.TAG_NAME, "body").text}
    shot("login")

    step("printed URL")
    driver.get(url)
    find("#coverage")
    results["dashboardBefore"] = {
        "url": driver.current_url,
        "gaps": text_of("#gaps"),
        "findings": text_of("#findings"),
    }
    shot("dashboard-before")

    step("SoA grid: applicability and justification of A.5.1")
    visit("/soa")
    row, prefix = grid_row("A.5.1")
    shot("soa-before")
    Select(row.find_element(By.NAME, prefix + "applicable")).select_by_value("false")
    type_into(row.find_element(By.NAME, prefix + "justification"), "Not applicable, no information is processed on paper.")
    results["gridSave"] = submit(driver.find_element(By.CSS_SELECTOR, "#soa-grid button[name=action][value=save]"))
    shot("soa-after-save")

    step("SoA grid: review-by on three selected rows")
    visit("/soa")
    for control in ["A.5.2", "A.5.3", "A.5.4"]:
        row, prefix = grid_row(control)
        row.find_element(By.NAME, prefix + "select").click()
    Select(driver.find_element(By.NAME, "bulk-key")).select_by_value("review-by")
    type_into(driver.find_element(By.NAME, "bulk-value"), "2027-06-30")
    results["bulkSave"] = submit(driver.find_element(By.CSS_SELECTOR, "#soa-grid button[name=action][value=bulk]"))
    shot("soa-after-bulk")

    step("SoA grid as it is now")
    visit("/soa")
    rows = {}
    for control in ["A.5.1", "A.5.2", "A.5.3", "A.5.4", "A.5.5"]:
        row, prefix = grid_row(control)
        values = {}
        for field in row.find_elements(By.CSS_SELECTOR, "select, textarea, input[type=text], input[type=date]"):
            values[field.get_attribute("name")[len(prefix):]] = field.get_attribute("value")
        rows[control] = values
    results["gridAfter"] = rows
    shot("soa-reloaded")

    step("upload evidence for C-9")
    visit("/record/control/C-9")
    form = find("#evidence-form")
    shot("record-c9")
    folder = tempfile.mkdtemp(prefix="isms-upload-")
    upload = os.path.join(folder, "restore-test.txt")
    with open(upload, "w") as handle:
        handle.write("restored 12 files\n")
    form.find_element(By.CSS_SELECTOR, "input[type=file][name=files]").send_keys(upload)
    type_into(form.find_element(By.NAME, "title"), "Restore test")
    results["upload"] = submit(form.find_element(By.TAG_NAME, "button"))
    results["upload"]["evidence"] = text_of("#evidence")
    shot("upload-result")

    step("dashboard after the upload")
    visit("/")
    find("#gaps")
    results["dashboardAfter"] = {"gaps": text_of("#gaps"), "findings": text_of("#findings")}
    shot("dashboard-after")

    step("record lists")
    visit("/records/control")
    results["controlList"] = find("main").text[:2000]
    shot("records-control")
    visit("/records/evidence")
    results["evidenceList"] = find("main").text
    shot("records-evidence")

    step("conflict: A.6.1 changed on disk while its page is open")
    visit("/record/control/A.6.1")
    form = find("#record-form")
    shot("record-a61")
    path = os.path.join(root, "controls/annex-a/A.6.1.yaml")
    with open(path, "rb") as handle:
        text = handle.read()
    with open(path, "wb") as handle:
        handle.write(text.replace(b"owner: CISO", b"owner: Board"))
    typed = "Mine, typed in the browser."
    type_into(form.find_element(By.NAME, "f.justification"), typed)
    results["conflict"] = submit(driver.find_element(By.CSS_SELECTOR, "#record-form button[name=action][value=save]"))
    field = driver.find_elements(By.CSS_SELECTOR, "#record-form [name='f.justification']")
    results["conflict"]["diff"] = text_of("section.notice.conflict pre.diff")
    results["conflict"]["justification"] = field[0].get_attribute("value") if field else None
    shot("conflict")


HOSTILE_PAGES = [
    ("dashboard", "/"),
    ("soa", "/soa"),
    ("record-org1", "/record/control/ORG-1"),
    ("records-control", "/records/control"),
    ("record-evidence", "/record/evidence/ev-hostile"),
    ("records-evidence", "/records/evidence"),
]


def hostile():
    driver.get(url)
    find("#coverage")
    results["pages"] = {}
    for name, path in HOSTILE_PAGES:
        step("hostile " + name)
        visit(path)
        find("main")
        results["pages"][name] = dom_state()
        shot(name)
    # The narrative's Markdown through the preview, the one place it is rendered.
    step("hostile narrative preview")
    visit("/record/control/ORG-1")
    results["previewAnswer"] = submit(find("#record-form button[name=action][value=preview]"))
    results["pages"]["preview"] = dom_state()
    results["previewText"] = text_of("#preview")
    shot("preview")
    # The canary: what the checks see on a page where script did run and add markup.
    step("canary")
    visit("/")
    driver.execute_script(
        """
        document.documentElement.setAttribute("data-pwned", "canary");
        var div = document.createElement("div");
        div.setAttribute("onclick", "alert(1)");
        document.body.appendChild(div);
        var script = document.createElement("script");
        script.textContent = "1";
        document.head.appendChild(script);
        var frame = document.createElement("iframe");
        document.body.appendChild(frame);
        """
    )
    results["canary"] = dom_state()


try:
    workflow() if mode == "workflow" else hostile()
except UnexpectedAlertPresentException as alert:
    results["alert"] = str(alert)
except TimeoutException:
    results["error"] = "timed out at step: %s (url %s)" % (results["steps"][-1], driver.current_url)
    try:
        shot("failure")
    except Exception:
        pass
except Exception:
    results["error"] = "at step %s: %s" % (results["steps"][-1] if results["steps"] else "start", traceback.format_exc())
    try:
        shot("failure")
    except Exception:
        pass
finally:
    try:
        collect_requests()
    except Exception as problem:
        results["requestsError"] = str(problem)
    driver.quit()
    with open(results_path, "w") as handle:
        json.dump(results, handle, indent=2)

// In the resource editor, each file's heading names its language ("File in French") instead
// of a number, and follows the language chosen below it.
(function () {
    "use strict";

    function update(select) {
        var child = select.closest("[data-inline-panel-child]");
        var heading = child && child.querySelector("[data-panel-heading-text]");
        if (!heading) {
            return;
        }
        var option = select.options[select.selectedIndex];
        var text =
            select.value === "other"
                ? select.dataset.fileHeadingOther
                : select.dataset.fileHeading.replace("%(language)s", option.text);
        // The label's own text only: Wagtail keeps the file's number in the span after it,
        // hidden here since the language now tells the files apart. Written only when it
        // changes, or the observer below would see its own writes.
        var label = heading.firstChild;
        var count = heading.querySelector("[data-inline-panel-child-count]");
        if (label && label.nodeType === Node.TEXT_NODE && label.nodeValue !== text) {
            label.nodeValue = text;
        }
        if (count && !count.hidden) {
            count.hidden = true;
        }
    }

    function updateAll() {
        document.querySelectorAll("select[data-file-heading]").forEach(update);
    }

    document.addEventListener("change", function (event) {
        if (event.target.matches("select[data-file-heading]")) {
            update(event.target);
        }
    });
    document.addEventListener("DOMContentLoaded", function () {
        updateAll();
        // A file added with "Add file" gets its heading too.
        new MutationObserver(updateAll).observe(document.body, { childList: true, subtree: true });
    });
})();

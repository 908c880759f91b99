// wagtail-localize's editor, in the user's language where it is not (to send upstream):
// - its PO upload field has no label (the visible "Upload PO file" button stands for it);
// - its "English to Français translation" heading is not translatable;
// - its "Translated manually on 4 December 2026" writes the month in English;
// - its footer's "More actions" (read out by screen readers) is not translatable.
// React renders the editor after this script runs, hence the observer.
(() => {
    const panel = document.querySelector("[data-editor-labels]");
    if (!panel) return;
    const months = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"];
    const englishDate = new RegExp(`\\b(\\d{1,2}) (${months.join("|")}) (\\d{4})\\b`, "g");
    const dateFormat = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
        day: "numeric", month: "long", year: "numeric",
    });
    const { sourceName, targetName, headingLabel, moreActionsLabel } = panel.dataset;
    const englishHeading = `${sourceName} to ${targetName} translation`;
    // Only the notes' dates: the English source segments keep theirs as written.
    const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const notes = [panel.dataset.noteTool, panel.dataset.noteManual, panel.dataset.noteMachine]
        .map((note) => new RegExp(`^${note.split(/\{\w+\}/).map(escape).join(".+")}$`));

    const localise = () => {
        for (const input of document.querySelectorAll('input[type="file"]:not([aria-label])')) {
            input.setAttribute("aria-label", panel.dataset.uploadLabel);
        }
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            let text = node.nodeValue;
            if (headingLabel && text.trim() === englishHeading) text = headingLabel;
            if (text.trim() === "More actions") text = moreActionsLabel;
            if (notes.some((note) => note.test(text.trim()))) {
                text = text.replace(englishDate, (match, day, month, year) =>
                    dateFormat.format(new Date(Number(year), months.indexOf(month), Number(day))));
            }
            if (text !== node.nodeValue) node.nodeValue = text;
        }
    };
    localise();
    new MutationObserver(localise).observe(document.body, {
        childList: true, subtree: true, characterData: true,
    });
})();

// wagtail-localize's editor renders its PO upload field without a label (the visible "Upload
// PO file" button stands for it): give it that name for assistive technology. React renders
// the editor after this script runs, hence the observer.
(() => {
    const panel = document.querySelector("[data-upload-label]");
    if (!panel) return;
    const name = () => {
        for (const input of document.querySelectorAll('input[type="file"]:not([aria-label])')) {
            input.setAttribute("aria-label", panel.dataset.uploadLabel);
        }
    };
    name();
    new MutationObserver(name).observe(document.body, { childList: true, subtree: true });
})();

// Runs on every page, so it stays tiny: it only waits for a reader to reach for search (focus or
// click on the header button, Ctrl/Cmd+K, `/`) and then imports the real search code. A reader
// who never searches downloads neither search-ui.ts nor anything under /pagefind/.
type SearchUi = typeof import('./search-ui.ts');

let ui: Promise<SearchUi> | undefined;
const loadUi = (): Promise<SearchUi> => (ui ??= import('./search-ui.ts'));

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function setUp(): void {
  const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (!trigger || !dialog) return;

  if (/Mac|iPhone|iPod|iPad/i.test(navigator.platform)) {
    const key = trigger.querySelector('[data-search-ctrl]');
    if (key) key.textContent = '⌘';
  }

  const open = (): void => {
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLInputElement>('input[name="q"]')?.focus();
    loadUi().then(
      (module) => module.attachDialog(dialog),
      () => dialog.setAttribute('data-search-failed', ''),
    );
  };

  // Focus means the reader is about to search: start downloading so the dialog is ready sooner.
  trigger.addEventListener('focus', () => void loadUi().catch(() => undefined), { once: true });
  trigger.addEventListener('click', (event) => {
    // Without this module the link still works: it leads to the search page.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open();
  });
  window.addEventListener('keydown', (event) => {
    const shortcut = (event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === 'k';
    if (shortcut) {
      event.preventDefault();
      if (dialog.open) dialog.close();
      else open();
    } else if (event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !isTyping(event.target)) {
      event.preventDefault();
      open();
    }
  });
}

setUp();

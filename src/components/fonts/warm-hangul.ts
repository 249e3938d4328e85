// Runs on every page (injected by src/integrations/postbuild.ts). After a page whose text is Korean
// has loaded and the browser is idle, fetches Pretendard's Hangul files into the HTTP cache and
// records their URLs, so the next page's <head> script (hangul-font.ts) uses them. Nothing on the
// current page changes: its Hangul stylesheet stays off, so no text re-lays out.
import { HANGUL_FONT_LINK_ID, HANGUL_FONT_STORAGE_KEY } from './hangul-font.ts';

function warm(): void {
  const link = document.getElementById(HANGUL_FONT_LINK_ID);
  if (!(link instanceof HTMLLinkElement)) return;
  const fonts = link.dataset['fonts'] ?? '';
  // Already on (cached), nothing to fetch, or a page without Korean text (an English reader may
  // never need the Hangul files).
  if (!fonts || link.media === 'all' || !document.querySelector('main:lang(ko)')) return;
  // A reader who asked to save data keeps the system font.
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
  const urls = fonts.split(' ').filter(Boolean);
  Promise.all(
    urls.map((url) =>
      fetch(url, { priority: 'low' } as RequestInit).then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.arrayBuffer();
      }),
    ),
  ).then(
    () => {
      try {
        localStorage.setItem(HANGUL_FONT_STORAGE_KEY, fonts);
      } catch {
        // Storage refused (private mode, policy): the system font stays; nothing breaks.
      }
    },
    () => undefined,
  );
}

const whenIdle = () =>
  'requestIdleCallback' in window ? requestIdleCallback(warm, { timeout: 5000 }) : setTimeout(warm, 1000);
if (document.readyState === 'complete') whenIdle();
else addEventListener('load', whenIdle, { once: true });

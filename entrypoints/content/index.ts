// Content script: every http(s) page, top frame. All logic lives in ./page.ts and lib/page.
import './style.css';
import { runPage } from './page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // At DOMContentLoaded, not after the page's images: names light up sooner; all work is sliced anyway.
  runAt: 'document_end',
  main(ctx) {
    void runPage(ctx);
  },
});

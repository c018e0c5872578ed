// Content script: every http(s) page, top frame. All logic lives in ./page.ts and lib/page.
import './style.css';
import { runPage } from './page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runPage(ctx);
  },
});

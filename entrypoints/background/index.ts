export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    console.info('[tamga] installed');
  });
});

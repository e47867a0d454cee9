// The phone view's service worker, for one thing only: the "your turn is near" notification,
// which Android's Chrome shows only from a service worker. A tap on it brings the page back.
// There is no fetch handler on purpose: nothing is cached, the page is always the hub's own.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    self.clients
      .matchAll({ type: 'window', includeUncontrolled: true })
      .then((pages) => pages.find((page) => page.url.includes('/follow/')) ?? pages[0])
      .then((page) => page?.focus()),
  );
});

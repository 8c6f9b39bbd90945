// News Explorer's service worker, version {{.Version}}.
//
// It stores every file and page the app needs, so that after one visit
// the explorer works with no network at all. Installing waits until all of
// them are stored: a worker that is active has a complete copy, and the
// page asks it (see "offline-status") before it tells the reader that the
// app is ready for offline use.
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    // "no-cache" asks the server whether the browser's copy is still the
    // one of this version, so nothing stale is stored under it.
    await Promise.all(resourcesToCache.map(async (url) => {
      const response = await fetch(new Request(url, { cache: "no-cache" }));
      if (!response.ok) {
        throw new TypeError("service worker: " + url + ": status " + response.status);
      }
      await cache.put(url, await unredirected(response));
    }));
    await self.skipWaiting();
  })());
});

// unredirected returns a response that reached its page through a
// redirect (a static host sends /classroom/teacher on to
// /classroom/teacher/) as a plain one: browsers refuse a redirected
// response as the answer to a page's request.
async function unredirected(response) {
  if (!response.redirected) {
    return response;
  }
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

// Activating does not claim pages that no worker controls: the page of a
// first visit then has no controller, which is how go-app's app.js tells
// a first install (say nothing) from an update (offer to reload). Pages
// that an older version controls pass to this one as it activates.
//
// The pages an older version controls are told that this version is
// active, so that they offer to reload into it. go-app's own notice can
// miss it: app.js listens for it only once its registration call returns,
// which waits for an install already under way.
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((key) => key !== cacheName).map((key) => caches.delete(key)));
    const pages = await self.clients.matchAll({ type: "window" });
    for (const page of pages) {
      page.postMessage({ type: "activated", version: "{{.Version}}" });
    }
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(cacheName);
  // A page is the same whatever its query (?show=quote): the app reads
  // the query when it starts.
  const navigate = request.mode === "navigate";
  const hit = await cache.match(request, { ignoreSearch: navigate, ignoreVary: true });
  if (hit) {
    return navigate ? lean(await unredirected(hit)) : unredirected(hit);
  }
  if (navigate) {
    // A page is stored under its path with no slash at the end, which is
    // also where a static host sends it (/classroom/ for /classroom), and
    // where its folder's index.html stands for it.
    const path = new URL(request.url).pathname;
    const bare = path.replace(/\/index\.html$/, "/").replace(/\/+$/, "") || "/";
    if (bare !== path) {
      const page = await cache.match(bare, { ignoreVary: true });
      if (page) {
        return lean(await unredirected(page));
      }
    }
  }
  try {
    return await fetch(request);
  } catch (err) {
    if (navigate) {
      // Offline, a page that was never stored opens the app, which shows
      // the route or says it does not exist.
      const home = await cache.match("/", { ignoreVary: true });
      if (home) {
        return home;
      }
    }
    throw err;
  }
}

// lean answers a stored page with the part the server marks between
// <!--lean--> and <!--/lean--> (the claims and the timeline) as the text
// of a data block, and a note in its place: the program, stored with the
// page, starts in a moment and reads the part from there, and the browser
// meanwhile parses and lays out the article alone. A page from the
// network keeps that part as elements, for a reader who reads it while
// the program downloads.
const leanStart = "<!--lean-->", leanEnd = "<!--/lean-->";
async function lean(response) {
  if (!(response.headers.get("Content-Type") || "").startsWith("text/html")) {
    return response;
  }
  let page = await response.text();
  const start = page.indexOf(leanStart), end = page.indexOf(leanEnd);
  const part = start >= 0 && end > start ? page.slice(start + leanStart.length, end) : "";
  if (part && !/<\/script/i.test(part)) {
    // The part goes into a data block, which the browser keeps as text:
    // the program reads it from there rather than build it again.
    page = page.slice(0, start + leanStart.length) + '<p class="claims-wait">The claims appear as the app starts.</p>' +
      '<script type="text/html" id="lean-part">' + part + "</script>" + page.slice(end);
  }
  const headers = new Headers(response.headers);
  headers.delete("Content-Length");
  headers.delete("Content-Encoding");
  return new Response(page, { status: response.status, statusText: response.statusText, headers: headers });
}

// The page asks whether every file is stored, and gets the version, the
// number of files and the ones missing.
self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.type !== "offline-status" || !event.ports[0]) {
    return;
  }
  event.waitUntil((async () => {
    const missing = [];
    if (await caches.has(cacheName)) {
      const cache = await caches.open(cacheName);
      for (const url of resourcesToCache) {
        if (!(await cache.match(url, { ignoreVary: true }))) {
          missing.push(url);
        }
      }
    } else {
      missing.push(...resourcesToCache);
    }
    event.ports[0].postMessage({ version: "{{.Version}}", total: resourcesToCache.length, missing: missing });
    if (missing.length > 0) {
      await repair(missing);
    }
  })());
});

// repair stores again the files missing from this version's copy (the
// browser evicted them, or someone deleted them), so that the page, which
// asks again, can say the copy is whole. One repair runs at a time; a file
// that cannot be fetched now is tried at the next ask.
let repairing = null;
function repair(missing) {
  if (!repairing) {
    repairing = (async () => {
      const cache = await caches.open(cacheName);
      await Promise.all(missing.map(async (url) => {
        try {
          const response = await fetch(new Request(url, { cache: "no-cache" }));
          if (response.ok) {
            await cache.put(url, await unredirected(response));
          }
        } catch (err) {
          // Offline: the next ask tries again.
        }
      }));
    })().finally(() => {
      repairing = null;
    });
  }
  return repairing;
}

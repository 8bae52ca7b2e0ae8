// Runs before the app's modules: the Content-Security-Policy forbids eval, and without this zod
// probes `new Function` once, which browsers report as a CSP violation (zod falls back anyway).
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
});

// The one Chromium the project uses: Debian's, never a browser a tool downloads for itself.
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// The machines have no network beyond package registries: background services only fail to connect.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

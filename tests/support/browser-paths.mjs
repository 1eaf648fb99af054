// Where the tests find the browsers Debian installs. Each can be overridden through the
// environment for a machine that keeps them elsewhere. Shared by scripts/ensure-browsers.mjs
// (which installs what is missing) and the browser helpers.
import { existsSync } from 'node:fs';

/** WebKitGTK 4.1's MiniBrowser, in the library folder of this machine's architecture. */
const miniBrowser = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']
	.map((lib) => `${lib}/webkit2gtk-4.1/MiniBrowser`)
	.find((path) => existsSync(path));

/** Paths of the browser binaries and the display server the tests use. */
export const browserPaths = {
	chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
	webkitDriver: process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
	webkitMiniBrowser:
		process.env.WEBKIT_MINIBROWSER_PATH ?? miniBrowser ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
	xvfb: process.env.XVFB_PATH ?? '/usr/bin/Xvfb',
};

// Makes sure the browsers the tests drive are on this machine before any test runs, so that
// `npm test` works on a fresh Debian machine with nothing set up by hand. Browsers come only from
// Debian's packages; nothing here (or anywhere in the tests) downloads a browser build.
//
// Missing packages are installed with apt-get (after apt-get update) when we are root or have
// passwordless sudo. Otherwise the script stops at once with one line naming the command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browserPaths } from '../tests/support/browser-paths.mjs';

/** Each binary the tests need, with the Debian package that provides it. */
const needed = [
	{ path: browserPaths.chromium, pkg: 'chromium' },
	{ path: browserPaths.firefox, pkg: 'firefox-esr' },
	{ path: browserPaths.webkitDriver, pkg: 'webkit2gtk-driver' },
	{ path: browserPaths.xvfb, pkg: 'xvfb' },
];

const missing = [...new Set(needed.filter((n) => !existsSync(n.path)).map((n) => n.pkg))];
if (missing.length === 0) process.exit(0);

const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...missing];
const manual = `sudo apt-get update && sudo ${install.join(' ')}`;

function stop(reason) {
	console.error(`The browser tests need ${missing.join(', ')}: ${reason}; run \`${manual}\`, then \`npm test\` again.`);
	process.exit(1);
}

const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!hasAptGet) stop('this machine has no apt-get (the tests expect Debian or Ubuntu packages)');

const isRoot = process.getuid?.() === 0;
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
if (!isRoot && !canSudo) stop('installing them needs root or passwordless sudo');

const asRoot = (args) => (isRoot ? args : ['sudo', '-n', ...args]);
function run(args) {
	const [command, ...rest] = asRoot(args);
	execFileSync(command, rest, {
		// No standard input: apt-get must never wait for an answer (CI has none to give).
		stdio: ['ignore', 'inherit', 'inherit'],
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}

console.log(`Installing ${missing.join(', ')} with apt-get (once per machine)`);
try {
	run(['apt-get', 'update']);
	run(install);
} catch {
	stop('apt-get could not install them');
}
const stillMissing = needed.filter((n) => !existsSync(n.path)).map((n) => n.path);
if (stillMissing.length > 0) stop(`after installing, ${stillMissing.join(', ')} is still missing`);

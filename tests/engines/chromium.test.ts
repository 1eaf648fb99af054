import { launchPuppeteer } from '../support/engines/puppeteer-driver';
import { engineSuite } from './engine-suite';

// Chromium over the DevTools protocol, as the other browser tests see the site.
engineSuite(() => launchPuppeteer('chromium'));

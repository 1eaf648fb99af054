import { launchPuppeteer } from '../support/engines/puppeteer-driver';
import { engineSuite } from './engine-suite';

// Chromium through the same driver, which shows the test bodies are engine-neutral.
engineSuite(() => launchPuppeteer('chromium'));

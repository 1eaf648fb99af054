import { launchWebKit } from '../support/engines/webkit-driver';
import { engineSuite } from './engine-suite';

// WebKitGTK's MiniBrowser over classic WebDriver, under Xvfb when there is no display.
engineSuite(launchWebKit);

/** Function file for the ribbon: Office requires it to initialise even when no command runs code. */
import { officeReady } from './host/office-ready.js';

void officeReady();

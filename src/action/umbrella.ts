import { start } from './index.js';

// The umbrella action (dist/action.js): the stage comes from the `command` input.
start();

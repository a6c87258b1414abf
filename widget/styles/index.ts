import { baseCss } from './base-css.js';
import { composerCss } from './composer-css.js';
import { messagesCss } from './messages-css.js';

export { applyStyles } from './apply-styles.js';
export const widgetCss = baseCss + messagesCss + composerCss;

import { connectStaffSocket } from '../api/staff-socket.js';
import { mountConsole } from './mount-console.js';

const root = document.getElementById('app');
if (!root) throw new Error('[Cathy] Failed to start the console: index.html has no #app element.');
mountConsole({ root, connect: connectStaffSocket });

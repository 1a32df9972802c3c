import { describeInputFuzz } from './input-fuzz';

describeInputFuzz('input fuzz (user, token, push, roster)', ['/user', '/token', '/push', '/roster']);

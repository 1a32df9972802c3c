import { describeInputFuzz } from './input-fuzz';

describeInputFuzz('input fuzz (group, message, file, ai)', ['/group', '/message', '/file', '/ai']);

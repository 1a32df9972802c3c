// The baseline of bench/http: bare Fastify answering a fixed JSON envelope, in its own process, so
// the ratio to it shows what auth, validation, the database and our pipeline cost.
const fastify = require('fastify')({ logger: false });

const body = { code: 200, message: null, data: { user_id: 10000000, username: 'baseline', nick_name: 'baseline' } };
fastify.get('/', async () => body);
fastify.listen({ port: Number(process.argv[2]), host: '127.0.0.1' }).then(() => process.stdout.write('listening\n'));

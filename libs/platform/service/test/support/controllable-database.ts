/**
 * A stand-in for the database in HTTP-level tests: the service only pings and closes it, and these tests need
 * to make it fail or hang on demand (real databases are exercised by the booking service tests).
 */
export function controllableDatabase() {
  const state = { down: false, hanging: false, closed: false, closedAt: 0 };
  return {
    state,
    async ping() {
      if (state.hanging) await new Promise(() => {});
      if (state.down || state.closed) throw new Error('connection refused');
    },
    async close() {
      state.closed = true;
      state.closedAt = Date.now();
    },
  };
}

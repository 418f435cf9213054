describe('sanity', () => {
  it('opens a real IndexedDB database', async () => {
    const request = indexedDB.open('karma-sanity', 1);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(db.name).toBe('karma-sanity');
    db.close();
  });
});

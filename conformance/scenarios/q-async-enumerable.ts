// AsAsyncEnumerable with await foreach.
const names: string[] = [];
for await (const user of db.Users.Where(u => u.Id > 7).OrderBy(u => u.Id).AsAsyncEnumerable()) {
  names.push(user.Name);
}
console.log(`${names.join(",")}; tracked: ${db.ChangeTracker.Entries().length}`);

// AsAsyncEnumerable with await foreach.
var names = new List<string>();
await foreach (var user in db.Users.Where(u => u.Id > 7).OrderBy(u => u.Id).AsAsyncEnumerable()) {
  names.Add(user.Name);
}
Console.WriteLine($"{string.Join(",", names)}; tracked: {db.ChangeTracker.Entries().Count()}");

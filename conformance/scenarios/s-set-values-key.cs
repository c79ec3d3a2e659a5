// SetValues with a different key value on a tracked entity: KeyReadOnly.
var c = await db.Customers.FirstAsync(x => x.Id == 23);
Console.WriteLine(c.Name);
db.Entry(c).CurrentValues.SetValues(new { Id = 24, Name = "Other", Email = c.Email });

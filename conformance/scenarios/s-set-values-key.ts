// SetValues with a different key value on a tracked entity: KeyReadOnly.
const c = await db.Customers.FirstAsync(x => x.Id == 23);
console.log(c.Name);
db.Entry(c).CurrentValues.SetValues({ Id: 24, Name: 'Other', Email: c.Email });

// CurrentValues.SetValues marks only the properties whose value differs.
const c = await db.Customers.FirstAsync(x => x.Id == 6);
db.Entry(c).CurrentValues.SetValues({ Id: 6, Name: c.Name, Email: c.Email });
console.log(`same: ${db.Entry(c).State}`);
db.Entry(c).CurrentValues.SetValues({ Id: 6, Name: 'New Name', Email: c.Email });
console.log(`changed: ${db.Entry(c).State} ${db.Entry(c).Property('Email').IsModified ? 'email modified' : 'email unchanged'}`);
console.log(`saved ${await db.SaveChangesAsync()}`);

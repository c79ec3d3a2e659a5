public record CustomerDto(int Id, string Name, string Email);

// Broken: the read tracks customer 7, then Update brings a second instance with the same key.
[HttpPut("{id:int}")]
public async Task<IActionResult> Update(int id, CustomerDto dto)
{
    var existing = await db.Customers.FirstOrDefaultAsync(c => c.Id == id);
    if (existing is null) return NotFound();

    db.Update(new Customer { Id = dto.Id, Name = dto.Name, Email = dto.Email }); // InvalidOperationException
    await db.SaveChangesAsync();
    return NoContent();
}

// Fix 1: SetValues on the tracked instance. UPDATE "Customers" SET "Name" = @p0 ...
db.Entry(existing).CurrentValues.SetValues(dto);
await db.SaveChangesAsync();

// Fix 2: AsNoTracking read, then Update. UPDATE "Customers" SET "Email" = @p0, "Name" = @p1 ...
var exists = await db.Customers.AsNoTracking().AnyAsync(c => c.Id == id);
if (!exists) return NotFound();
db.Update(new Customer { Id = dto.Id, Name = dto.Name, Email = dto.Email });
await db.SaveChangesAsync();

// Fix 3: detach the tracked entry first, then Update.
var local = db.ChangeTracker.Entries<Customer>().FirstOrDefault(e => e.Entity.Id == id);
if (local is not null) local.State = EntityState.Detached;
db.Update(new Customer { Id = dto.Id, Name = dto.Name, Email = dto.Email });
await db.SaveChangesAsync();

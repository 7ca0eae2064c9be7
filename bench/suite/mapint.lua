-- mapint: the Lua version of mapint.go (same work, same output; Lua 5.4 and LuaJIT); see there. A Lua table
-- has no O(1) element count, so the lengths are counted with pairs after each phase.
local MODULUS = 1000000007

local function key(j) return j * 48271 % 2147483647 end

local function length(m)
  local c = 0
  for _ in pairs(m) do c = c + 1 end
  return c
end

local n = tonumber(arg[#arg]) or 20000
local m = {}
for j = 1, n do m[key(j)] = j end
io.write(string.format("inserted %d\n", length(m)))

local hits, sum = 0, 0
for j = 1, 2 * n do
  local v = m[key(j)]
  if v then
    hits = hits + 1
    sum = (sum + v) % MODULUS
  end
end
io.write(string.format("lookup hits %d sum %d\n", hits, sum))

for j = 1, n, 2 do m[key(j)] = nil end
io.write(string.format("after delete %d\n", length(m)))
for j = n + 1, n + math.floor(n / 2) do m[key(j)] = j end
for j = 1, n, 3 do
  local k = key(j)
  m[k] = (m[k] or 0) + 1
end
io.write(string.format("after insert and update %d\n", length(m)))

hits, sum = 0, 0
for j = 1, 2 * n do
  local v = m[key(j)]
  if v then
    hits = hits + 1
    sum = (sum + v) % MODULUS
  end
end
io.write(string.format("lookup hits %d sum %d\n", hits, sum))

sum = 0
for k, v in pairs(m) do sum = (sum + k % 1000 * v) % MODULUS end
io.write(string.format("range %d\n", sum))

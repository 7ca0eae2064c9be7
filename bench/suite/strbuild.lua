-- strbuild: the Lua version of strbuild.go (same work, same output; Lua 5.4 and LuaJIT); see there. The
-- builder is a table of pieces joined by table.concat; fields are found with string.find, parsed with tonumber
-- and formatted again with tostring (which prints integers below 10^14 the same in Lua 5.4 and LuaJIT).
local MODULUS = 1000000007
local PER_ROUND = 1000

local function value(i) return i * 7919 % 2000003 - 1000001 end

local rounds = tonumber(arg[#arg]) or 50
local total, count, mismatches, hash = 0, 0, 0, 0
for r = 0, rounds - 1 do
  local parts, np = {}, 0
  for i = 0, PER_ROUND - 1 do
    parts[np + 1] = tostring(value(r * PER_ROUND + i))
    parts[np + 2] = " "
    np = np + 2
  end
  local s = table.concat(parts)
  total = total + #s
  local start = 1
  while true do
    local i = string.find(s, " ", start, true)
    if not i then break end
    local field = string.sub(s, start, i - 1)
    local v = tonumber(field)
    if not v then
      io.write("parse error: ", field, "\n")
      os.exit(1)
    end
    if tostring(v) ~= field then mismatches = mismatches + 1 end
    count = count + 1
    hash = (hash * 31 + v % MODULUS) % MODULUS
    start = i + 1
  end
end
io.write(string.format("length %d numbers %d mismatches %d\n", total, count, mismatches))
io.write(string.format("hash %d\n", hash))

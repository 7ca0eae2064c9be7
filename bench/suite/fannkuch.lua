-- fannkuch: the Lua version of fannkuch.go (Lua 5.4 and LuaJIT) — the Benchmarks Game's fannkuch-redux, same
-- permutation order; arrays are 0-based like the Go version's; same argument and output.
local function fannkuch(n)
  local perm1, perm, count = {}, {}, {}
  for i = 0, n - 1 do perm1[i] = i; perm[i] = 0; count[i] = 0 end
  local checksum, maxFlips, permCount = 0, 0, 0
  local r = n
  while true do
    while r ~= 1 do
      count[r - 1] = r
      r = r - 1
    end

    for i = 0, n - 1 do perm[i] = perm1[i] end
    local flips = 0
    local k = perm[0]
    while k ~= 0 do
      local i, j = 0, k
      while i < j do
        perm[i], perm[j] = perm[j], perm[i]
        i = i + 1
        j = j - 1
      end
      flips = flips + 1
      k = perm[0]
    end
    if flips > maxFlips then maxFlips = flips end
    if permCount % 2 == 0 then
      checksum = checksum + flips
    else
      checksum = checksum - flips
    end

    -- Next permutation: rotate the first r+1 elements left until a count does not run out.
    while true do
      if r == n then return checksum, maxFlips end
      local p0 = perm1[0]
      for i = 0, r - 1 do perm1[i] = perm1[i + 1] end
      perm1[r] = p0
      count[r] = count[r] - 1
      if count[r] > 0 then break end
      r = r + 1
    end
    permCount = permCount + 1
  end
end

local n = 7
if #arg >= 1 then n = tonumber(arg[#arg]) end
local checksum, maxFlips = fannkuch(n)
print(string.format("%d\nPfannkuchen(%d) = %d", checksum, n, maxFlips))

-- spectralnorm: the Lua version of spectralnorm.go (Lua 5.4 and LuaJIT) — the Benchmarks Game's spectral-norm,
-- arrays 0-based like the Go version's, sums in the same order; same argument and output. (i+j)(i+j+1) is even,
-- so the float division by 2 is exact and A matches the Go version's integer arithmetic.
local function evalA(i, j)
  local ij = i + j
  return 1.0 / (ij * (ij + 1) / 2 + i + 1)
end

-- timesA sets v = A u.
local function timesA(v, u, n)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do
      s = s + evalA(i, j) * u[j]
    end
    v[i] = s
  end
end

-- timesAt sets v = A^T u.
local function timesAt(v, u, n)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do
      s = s + evalA(j, i) * u[j]
    end
    v[i] = s
  end
end

-- timesAtA sets v = A^T A u, using tmp.
local function timesAtA(v, u, tmp, n)
  timesA(tmp, u, n)
  timesAt(v, tmp, n)
end

local n = 100
if #arg >= 1 then n = tonumber(arg[#arg]) end
local u, v, tmp = {}, {}, {}
for i = 0, n - 1 do u[i] = 1.0; v[i] = 0.0; tmp[i] = 0.0 end
for _ = 1, 10 do
  timesAtA(v, u, tmp, n)
  timesAtA(u, v, tmp, n)
end
local vBv, vv = 0.0, 0.0
for i = 0, n - 1 do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("%.9f", math.sqrt(vBv / vv)))

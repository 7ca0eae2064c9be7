// Slice element loads and stores of every element kind the VM accesses in one instruction (bool, byte, int8,
// int, uint, uint64, uintptr, float64, named types, one-field structs) and of the kinds it does not (int32,
// float32, pointers, two-field structs), with signed and unsigned index types, aliasing subslices and
// op-assignments on elements.
package main

import "fmt"

type flag bool
type meters float64
type one struct{ v float64 }
type two struct{ a, b int }

func main() {
	bs := make([]bool, 5)
	for i := range bs {
		bs[i] = i%2 == 0
	}
	fb := []flag{true, false}
	fb[1] = !fb[0]
	fmt.Println(bs, bs[0], bs[1], fb)

	by := []byte("hello")
	var u uint = 4
	by[0] -= 32
	by[u] = by[u] + 1
	fmt.Println(string(by), by[u], by[uint8(1)])

	i8 := []int8{-1, 127, -128}
	i8[0] = i8[1] + 1 // wraps
	fmt.Println(i8, i8[0], i8[2]-1)

	is := []int{1, 2, 3, 4}
	sub := is[1:3]
	sub[0] = -20
	sub[1] *= 10
	fmt.Println(is, sub, is[len(is)-1])

	us := []uint64{1 << 63, 0}
	us[1] = us[0] - 1 + us[0]
	ui := []uint{0}
	ui[0]--
	up := []uintptr{7}
	up[0] <<= 2
	fmt.Println(us, ui, up)

	fs := make([]float64, 3)
	for k := uint64(0); k < 3; k++ {
		fs[k] = float64(k) / 3
	}
	fs[2] += fs[1]
	ms := []meters{1.5}
	ms[0] *= 2
	fmt.Println(fs, ms, fs[2] > fs[1])

	os := []one{{1}, {2}}
	os[1].v = os[0].v + 10
	ts := []two{{1, 2}, {3, 4}}
	ts[1].b = ts[0].a + ts[1].a
	ts[0].a = 100
	fmt.Println(os, ts)

	i32 := []int32{1 << 30, 5}
	i32[1] = i32[0] * 4 // wraps to 0
	f32 := []float32{0.1}
	f32[0] = f32[0] * 3
	x := 5
	ps := []*int{nil, &x}
	ps[0] = ps[1]
	*ps[0] = 6
	fmt.Println(i32, f32, x, ps[0] == ps[1])

	// Swaps: each element operand is read before either store.
	for a, b := 0, len(is)-1; a < b; a, b = a+1, b-1 {
		is[a], is[b] = is[b], is[a]
	}
	fs[0], fs[2] = fs[2], fs[0]
	bs[0], bs[1] = bs[1], bs[0]
	fmt.Println(is, fs, bs)
}

// A tour the code generator was checked against: MinInt64/-1, shifts by counts >= 64, float to int truncation,
// float32 rounding, NaN and -0 map keys, bit flags with iota, slice aliasing through append and 3-index slices.
package main

import (
	"fmt"
	"math"
	"strconv"
)

type Temp float32

type Bits uint8

const (
	A Bits = 1 << iota
	B
	C
)

func (b Bits) Has(x Bits) bool { return b&x != 0 }

func main() {
	x8 := 200
	f32v := 2.5
	var a int64 = math.MinInt64
	var m1 int64 = -1
	fmt.Println(a/m1, a%m1, -7>>1, uint8(x8)+100, int8(-128)/int8(m1))
	var sh uint = 70
	var one int64 = 1
	fmt.Println(one<<sh, one<<63, -one>>sh, uint64(1)<<(sh-7))
	f := 3.7
	fmt.Println(int(f), int(-f), int64(float32(f32v)), uint8(int(f)*100))
	var t Temp = 1.1
	t *= 3
	fmt.Println(t, float64(t) == 3.3, math.Sqrt(2), math.Floor(-1.5), math.Inf(1), -math.Inf(1), math.NaN() == math.NaN())
	nan := math.NaN()
	mm := map[float64]int{}
	mm[nan] = 1
	mm[nan] = 2
	mm[0.0] = 3
	mm[math.Copysign(0, -1)] = 4
	fmt.Println(len(mm), mm[0])
	b := A | C
	fmt.Println(b.Has(A), b.Has(B), b&^A, ^b, b<<2)
	x := 255
	var y byte = byte(x)
	y++
	fmt.Println(y, strconv.Itoa(x), strconv.FormatInt(-255, 16))
	s := []int{1, 2, 3, 4, 5}
	t2 := s[1:3]
	t2 = append(t2, 99)
	fmt.Println(s, t2, len(t2), cap(t2))
	t3 := s[1:3:3]
	t3 = append(t3, 100)
	fmt.Println(s, t3)
	var z float64
	fmt.Println(1/z > 0, -1/z < 0, z/z != z/z)
	fmt.Printf("%.3f %e %g %v\n", math.Pi, 123456.789, 1e21, float32(0.1))
	var r rune = 'é'
	fmt.Println(string(r), len(string(r)), []byte(string(r)), []rune("héllo")[1])

	var i8 int8 = 127
	i8 += 1
	var u32 uint32 = 0
	u32 -= 1
	fmt.Println(i8, u32, u32>>31, int32(u32))
}

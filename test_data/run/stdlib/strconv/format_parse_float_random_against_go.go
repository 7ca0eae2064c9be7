package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	r := rand.New(rand.NewSource(5))
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	for i := 0; i < 600; i++ {
		var v float64
		switch i % 4 {
		case 0:
			v = math.Float64frombits(r.Uint64())
		case 1:
			v = r.NormFloat64() * math.Pow(10, float64(r.Intn(40)-20))
		case 2:
			v = float64(r.Intn(100000)) / 8
		default:
			v = float64(float32(r.NormFloat64() * 1000))
		}
		f := fmts[r.Intn(len(fmts))]
		prec := r.Intn(25) - 1
		bits := 64
		if i%5 == 0 {
			bits = 32
		}
		s := strconv.FormatFloat(v, f, prec, bits)
		back, err := strconv.ParseFloat(s, bits)
		fmt.Println(i, string(f), prec, bits, s, back == v || err != nil || f != 'g' || prec != -1, fmt.Sprint(v), fmt.Sprintf("%v %.3g %8.2e", float32(v), v, v))
		if i%7 == 0 {
			n := r.Int63() >> uint(r.Intn(63))
			fmt.Println(strconv.FormatInt(n, 2+r.Intn(35)), strconv.Itoa(int(-n)), strconv.Quote(string(rune(r.Intn(0x11000)))), strconv.QuoteToASCII(string([]byte{byte(r.Intn(256)), byte(r.Intn(256))})))
		}
	}
	for _, s := range []string{"1e-320", "4.9e-324", "2.2250738585072011e-308", "1.7976931348623159e308", "0x1.fffffffffffffp1023", "-0", "+.5e+2", "1__0", "0x", "0x1p", "1e+", "infinity", "+Inf", "-nan", "NaN"} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, v, err)
		v32, err := strconv.ParseFloat(s, 32)
		fmt.Println(s, v32, err)
	}
}

// A Rand from NewSource(seed) gives Go's sequences for every method, for several seeds (including 0 and
// negative seeds), and Seed restarts a sequence.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{1, 0, -1, 42, 1 << 40, -9223372036854775808} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println("seed", seed)
		fmt.Println(" Int63", r.Int63(), r.Int63(), "Uint32", r.Uint32(), "Uint64", r.Uint64(), "Int31", r.Int31())
		fmt.Println(" Int", r.Int(), "Intn", r.Intn(10), r.Intn(1000000), r.Intn(1<<40), "Int31n", r.Int31n(7),
			r.Int31n(1<<30+1), "Int63n", r.Int63n(3), r.Int63n(1<<62+5))
		fmt.Println(" Float64", r.Float64(), r.Float64(), "Float32", r.Float32(), r.Float32())
		fmt.Println(" Norm", r.NormFloat64(), r.NormFloat64(), "Exp", r.ExpFloat64(), r.ExpFloat64())
		fmt.Println(" Perm", r.Perm(0), r.Perm(1), r.Perm(10))
		s := []string{"a", "b", "c", "d", "e", "f", "g"}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		buf := make([]byte, 11)
		n, err := r.Read(buf)
		fmt.Println(" Shuffle", s, "Read", n, err, buf)
		r.Seed(seed)
		fmt.Println(" reseeded Int63", r.Int63())
	}
	src := rand.NewSource(7)
	s64 := src.(rand.Source64)
	fmt.Println(src.Int63(), s64.Uint64())
	src.Seed(7)
	fmt.Println(src.Int63())
	var sum float64
	r := rand.New(rand.NewSource(99))
	for i := 0; i < 10000; i++ {
		sum += r.NormFloat64() + r.ExpFloat64() + r.Float64()
	}
	fmt.Printf("%.10f\n", sum)
}

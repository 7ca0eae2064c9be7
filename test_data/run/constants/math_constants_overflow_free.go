package main

import "fmt"

const (
	MaxU64 = 1<<64 - 1
	Pi     = 3.14159265358979323846264338327950288419716939937510582097494459
	Big    = 1e500
)

func main() {
	fmt.Println(uint64(MaxU64), MaxU64>>60)
	fmt.Println(Pi, float32(Pi))
	fmt.Println(Big/1e499, int(Big/1e498))
	const x = MaxU64 + 1 - 1
	fmt.Println(uint64(x))
}

package main

import "fmt"

func kind(v interface{}) string {
	switch x := v.(type) {
	case int, int8, int16, int32, int64:
		return fmt.Sprintf("signed %v %T", x, x) // x has the interface type here
	case uint, uint8, uint16:
		return fmt.Sprintf("unsigned %v", x)
	case float32, float64:
		return "float"
	}
	return "unknown"
}

func main() {
	fmt.Println(kind(1), kind(int8(-2)), kind(int64(3)))
	fmt.Println(kind(uint8(4)), kind(2.5), kind(float32(1)), kind("x"))
}

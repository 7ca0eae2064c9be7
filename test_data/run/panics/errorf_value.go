package main

import "fmt"

func main() {
	err := fmt.Errorf("wrapped: %w", fmt.Errorf("inner %d", 3))
	panic(err)
}

package main

import (
	"errors"
	"fmt"
)

func step(n int) error {
	if n == 0 {
		return errors.New("bottom reached")
	}
	if err := step(n - 1); err != nil {
		return fmt.Errorf("step %d: %w", n, err)
	}
	return nil
}

func main() {
	err := step(3)
	fmt.Println(err)
	fmt.Printf("%v\n%s\n", err, err)
}

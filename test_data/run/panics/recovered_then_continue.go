package main

import "fmt"

func work(i int) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprintf("task %d failed: %v", i, r)
		}
	}()
	if i%2 == 1 {
		panic(fmt.Sprintf("odd %d", i))
	}
	return fmt.Sprintf("task %d ok", i)
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Println(work(i))
	}
}

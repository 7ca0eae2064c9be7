package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func early(n int) (res string, err error) {
	if n < 0 {
		err = fmt.Errorf("negative: %d", n)
		return
	}
	res = "ok"
	return res + "!", nil
}

func main() {
	fmt.Println(split(17))
	fmt.Println(early(1))
	fmt.Println(early(-2))
}
